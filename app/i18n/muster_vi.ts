<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BrandHeader</name>
    <message>
        <location filename="../../qml/components/BrandHeader.qml" line="+13"/>
        <source>Tasks and drills that work offline.</source>
        <translation>Nhiệm vụ và diễn tập, dùng được cả khi ngoại tuyến.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Muster</source>
        <extracomment>The app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/commandline.cpp" line="+17"/>
        <source>Muster — offline-first field tasking and drills.</source>
        <translation>Muster — giao việc và diễn tập hiện trường, ưu tiên ngoại tuyến.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefill the server address.</source>
        <translation>Điền sẵn địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefill the login.</source>
        <translation>Điền sẵn tên đăng nhập.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where Muster keeps its data.</source>
        <translation>Thư mục Muster lưu dữ liệu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the first page to a PNG file and exit.</source>
        <translation>Xuất trang đầu tiên ra tệp PNG rồi thoát.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size for --screenshot, e.g. 390x844.</source>
        <translation>Kích thước cửa sổ cho --screenshot, ví dụ 390x844.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the app in this language (en, vi or es) for this run.</source>
        <translation>Hiển thị ứng dụng bằng ngôn ngữ này (en, vi hoặc es) trong lần chạy này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text size multiplier, 0.8 to 3 (default: the system&apos;s).</source>
        <translation>Hệ số cỡ chữ, từ 0.8 đến 3 (mặc định: theo hệ thống).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir cần một thư mục.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot cần một tên tệp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size only works with --screenshot.</source>
        <translation>--size chỉ dùng được cùng --screenshot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--size must look like 390x844 (width x height, 1 to 8192).</source>
        <translation>--size phải có dạng 390x844 (rộng x cao, từ 1 đến 8192).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--lang must be one of: %1.</source>
        <translation>--lang phải là một trong: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--font-scale must be a number from 0.8 to 3.</source>
        <translation>--font-scale phải là một số từ 0.8 đến 3.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../qml/components/EmptyState.qml" line="+16"/>
        <source>%1. %2</source>
        <extracomment>Screen-reader text of an empty list: %1 the title, %2 the explanation.</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>ExerciseBanner</name>
    <message>
        <location filename="../../qml/components/ExerciseBanner.qml" line="+19"/>
        <source>Exercise. Drill data, not real tasking.</source>
        <translation>Diễn tập. Dữ liệu diễn tập, không phải nhiệm vụ thật.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise: %1. Drill data, not real tasking.</source>
        <translation>Diễn tập: %1. Dữ liệu diễn tập, không phải nhiệm vụ thật.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>EXERCISE</source>
        <extracomment>Banner on all drill data so it is never taken for real tasking. Capitals, one short word.</extracomment>
        <translation>DIỄN TẬP</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/pages/HomePage.qml" line="+18"/>
        <source>Field member</source>
        <translation>Thành viên hiện trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Điều phối viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My tasks</source>
        <translation>Nhiệm vụ của tôi</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Signed in as %1, %2</source>
        <translation>Đã đăng nhập: %1, %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No tasks yet</source>
        <translation>Chưa có nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Nhiệm vụ của đơn vị bạn sẽ hiện ở đây sau lần đồng bộ đầu tiên.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../qml/components/LanguagePicker.qml" line="+31"/>
        <location line="+34"/>
        <source>Language</source>
        <extracomment>Caption next to the language picker.</extracomment>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../qml/pages/LoginPage.qml" line="+27"/>
        <location line="+93"/>
        <location line="+71"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Sign in to Muster</source>
        <translation>Đăng nhập vào Muster</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Use the login your coordinator gave you.</source>
        <translation>Dùng tên đăng nhập mà điều phối viên đã cấp cho bạn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <extracomment>Field label: the account name a coordinator gives each member (a noun, not &quot;sign in&quot;).</extracomment>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. j.okafor</source>
        <extracomment>Example login in the empty field; keep &quot;j.okafor&quot;.</extracomment>
        <translation>ví dụ: j.okafor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your coordinator if you don&apos;t know it.</source>
        <translation>Nếu chưa biết, hãy hỏi điều phối viên.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in</source>
        <translation>Đang đăng nhập</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Works offline after your first sign-in.</source>
        <translation>Dùng được khi ngoại tuyến sau lần đăng nhập đầu tiên.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+21"/>
        <source>Muster</source>
        <extracomment>Window title, the app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../src/loginprotocol.cpp" line="+50"/>
        <source>Enter the server address, e.g. https://muster.example.org</source>
        <translation>Nhập địa chỉ máy chủ, ví dụ https://muster.example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your login and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muster can&apos;t save its data on this device. Check the free space and try again.</source>
        <translation>Muster không lưu được dữ liệu trên thiết bị này. Hãy kiểm tra dung lượng trống rồi thử lại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the server. Check the address and your connection.</source>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra địa chỉ và kết nối mạng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s security certificate isn&apos;t trusted. Check the address or ask your coordinator.</source>
        <translation>Chứng chỉ bảo mật của máy chủ không đáng tin cậy. Hãy kiểm tra địa chỉ hoặc hỏi điều phối viên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong login or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Thử quá nhiều lần. Hãy đợi vài phút rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server doesn&apos;t speak Muster&apos;s protocol (or is a different version).</source>
        <translation>Máy chủ này không dùng giao thức của Muster (hoặc khác phiên bản).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server couldn&apos;t sign you in right now. Try again in a few minutes.</source>
        <translation>Máy chủ chưa thể đăng nhập cho bạn lúc này. Hãy thử lại sau vài phút.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../qml/components/SyncStatusBar.qml" line="+17"/>
        <source>Last sync %1</source>
        <extracomment>%1 is a relative time such as &quot;2 min ago&quot;.</extracomment>
        <translation>Đã đồng bộ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waiting to send</source>
        <translation>Không có gì chờ gửi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) waiting to send</source>
        <extracomment>Changes stored on this device, not yet sent to the server.</extracomment>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1. %2. %3</source>
        <extracomment>Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
</context>
<context>
    <name>muster::app::LanguageController</name>
    <message>
        <location filename="../src/languagecontroller.cpp" line="+125"/>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
</context>
<context>
    <name>muster::app::TimeFormatter</name>
    <message>
        <location filename="../src/timeformatter.cpp" line="+68"/>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n min ago</source>
        <extracomment>Relative time, abbreviated; keep it short (status bars).</extracomment>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n phút nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h ago</source>
        <extracomment>Relative time, abbreviated (&quot;h&quot; = hours); keep it short.</extracomment>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n h</source>
        <translation>
            <numerusform>%n giờ nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n ngày nữa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 s</source>
        <extracomment>Durations use unit symbols, not words; %1 is a number.</extracomment>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes, e.g. &quot;1 h 05 min&quot;.</extracomment>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours, e.g. &quot;2 d 3 h&quot;.</extracomment>
        <translation>%1 ngày %2 giờ</translation>
    </message>
</context>
</TS>
