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
        <location filename="../../qml/pages/HomePage.qml" line="+38"/>
        <source>Changes not sent yet</source>
        <translation>Còn thay đổi chưa gửi</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) made on this device have not reached the server yet. They stay on this device and are sent when you sign in again with this account.</source>
        <translation>
            <numerusform>%n thay đổi trên thiết bị này chưa đến máy chủ. Chúng vẫn được giữ trên thiết bị và sẽ được gửi khi bạn đăng nhập lại bằng tài khoản này.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay signed in</source>
        <translation>Tiếp tục đăng nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out anyway</source>
        <translation>Vẫn đăng xuất</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+0"/>
        <location line="+189"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+174"/>
        <location line="+15"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Back to the task list</source>
        <translation>Quay lại danh sách nhiệm vụ</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Your changes are safe on this device. Sign in again to send them.</source>
        <translation>Thay đổi của bạn vẫn an toàn trên thiết bị này. Hãy đăng nhập lại để gửi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+125"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Signed in as %1, %2</source>
        <translation>Đã đăng nhập: %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language, text size and notifications will be set here.</source>
        <translation>Ngôn ngữ, cỡ chữ và thông báo sẽ được cài đặt tại đây.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign in again</source>
        <translation>Đăng nhập lại</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
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
    <name>LogActionSheet</name>
    <message>
        <location filename="../../qml/components/LogActionSheet.qml" line="+15"/>
        <source>Log action</source>
        <translation>Ghi hành động</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>What did you do?</source>
        <translation>Bạn đã làm gì?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: gauges read, 3.4 m at Weir Lane</source>
        <translation>Ví dụ: đã đọc thước đo, 3,4 m ở Weir Lane</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>LogEntryDelegate</name>
    <message>
        <location filename="../../qml/components/LogEntryDelegate.qml" line="+21"/>
        <source>%1, %2, %3: %4</source>
        <extracomment>Screen-reader text of a log entry: %1 kind, %2 time, %3 author, %4 text.</extracomment>
        <translation>%1, %2, %3: %4</translation>
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
        <location filename="../../qml/Main.qml" line="+22"/>
        <source>Muster</source>
        <extracomment>Window title, the app&apos;s name: keep it unless it is written differently in your script.</extracomment>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>RejectedChangesPage</name>
    <message>
        <location filename="../../qml/pages/RejectedChangesPage.qml" line="+24"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server had a problem; trying again soon.</source>
        <translation>Máy chủ gặp sự cố; sẽ thử lại sớm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection; changes are kept on this device.</source>
        <translation>Không có kết nối; thay đổi được giữ trên thiết bị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to send your changes.</source>
        <translation>Đăng nhập lại để gửi thay đổi của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date.</source>
        <translation>Đã cập nhật.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refused changes</source>
        <translation>Thay đổi bị từ chối</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted every change sent from this device.</source>
        <translation>Máy chủ đã nhận mọi thay đổi gửi từ thiết bị này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept these changes. They are kept here so nothing is lost silently; dismiss each one once you have dealt with it.</source>
        <translation>Máy chủ không nhận các thay đổi này. Chúng được giữ ở đây để không mất gì mà không biết; hãy bỏ qua từng mục sau khi đã xử lý.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log entry on “%1”</source>
        <translation>Mục nhật ký của “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to “%1”</source>
        <translation>Thay đổi “%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Refused: %1</source>
        <extracomment>%1 is the server&apos;s reason for refusing a change.</extracomment>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Bỏ qua: %1</translation>
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
        <location filename="../../qml/components/SyncStatusBar.qml" line="+23"/>
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
        <location line="+0"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) refused</source>
        <extracomment>Changes the server did not accept (listed on the Sync page).</extracomment>
        <translation>
            <numerusform>%n thay đổi bị từ chối</numerusform>
        </translation>
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
        <location line="+13"/>
        <source>%1. %2. %3</source>
        <extracomment>Screen-reader summary of the sync bar: %1 online/offline, %2 what waits, %3 last sync.</extracomment>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sync progress</source>
        <translation>Tiến độ đồng bộ</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <location filename="../../qml/components/TaskDelegate.qml" line="+29"/>
        <source>Due %1</source>
        <extracomment>%1 is a relative time such as &quot;in 20 min&quot; or &quot;5 min ago&quot;.</extracomment>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exercise</source>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+89"/>
        <source>New</source>
        <extracomment>Marker on a task that arrived since the user last looked.</extracomment>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>EXERCISE</source>
        <extracomment>The mark on drill tasks; keep it short and in capitals where the script has them.</extracomment>
        <translation>DIỄN TẬP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inject %1 · %2</source>
        <translation>Tình huống %1 · %2</translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <location filename="../../qml/pages/TaskDetailPage.qml" line="+35"/>
        <source>No task selected</source>
        <translation>Chưa chọn nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a task from the list to see what to do.</source>
        <translation>Chọn một nhiệm vụ trong danh sách để xem cần làm gì.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Inject %1 · %2</source>
        <translation>Tình huống %1 · %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Action log</source>
        <translation>Nhật ký hành động</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log action</source>
        <translation>Ghi hành động</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing logged yet.</source>
        <translation>Chưa có gì được ghi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+17"/>
        <source>What blocks this task?</source>
        <translation>Điều gì cản trở nhiệm vụ này?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>For example: road closed at Station Road</source>
        <translation>Ví dụ: đường Station Road bị chặn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set blocked</source>
        <extracomment>Button: save the task as blocked with the reason typed.</extracomment>
        <translation>Đánh dấu bị cản trở</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <location filename="../../qml/pages/TaskListPage.qml" line="+44"/>
        <location line="+4"/>
        <source>Search tasks</source>
        <translation>Tìm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My tasks</source>
        <extracomment>Filter: tasks assigned to me or to my unit.</extracomment>
        <translation>Nhiệm vụ của tôi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit tasks</source>
        <extracomment>Filter: every task this device holds for the unit(s).</extracomment>
        <translation>Nhiệm vụ của đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <extracomment>Filter: tasks not finished yet.</extracomment>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked</source>
        <translation>Bị cản trở</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercise</source>
        <extracomment>Filter: only drill (exercise) tasks.</extracomment>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No tasks yet</source>
        <translation>Chưa có nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matching tasks</source>
        <translation>Không có nhiệm vụ phù hợp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks from your unit appear here after the first sync.</source>
        <translation>Nhiệm vụ của đơn vị bạn sẽ hiện ở đây sau lần đồng bộ đầu tiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another filter or clear the search.</source>
        <translation>Hãy thử bộ lọc khác hoặc xóa nội dung tìm kiếm.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../../qml/components/TaskText.qml" line="+8"/>
        <source>Critical</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Bị cản trở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <extracomment>Button: confirm the task was received.</extracomment>
        <translation>Xác nhận đã nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>Button: start working on the task.</extracomment>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark done</source>
        <extracomment>Button: mark the task as done.</extracomment>
        <translation>Đánh dấu xong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked…</source>
        <extracomment>Button: report that something stops the task.</extracomment>
        <translation>Bị cản trở…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <extracomment>Button (coordinators): open a finished task again.</extracomment>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Quan sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
</context>
<context>
    <name>muster::app::AccountSession</name>
    <message>
        <location filename="../src/accountsession.cpp" line="+80"/>
        <source>Can&apos;t create the data folder %1.</source>
        <translation>Không thể tạo thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Can&apos;t open this account&apos;s data: %1</source>
        <translation>Không thể mở dữ liệu của tài khoản này: %1</translation>
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
    <name>muster::app::TaskController</name>
    <message>
        <location filename="../src/taskcontroller.cpp" line="+109"/>
        <location line="+8"/>
        <source>This action is not available for this task.</source>
        <translation>Hành động này không áp dụng cho nhiệm vụ này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what blocks the task.</source>
        <translation>Hãy nói điều gì cản trở nhiệm vụ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can&apos;t add to this task&apos;s log.</source>
        <translation>Bạn không thể ghi vào nhật ký của nhiệm vụ này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you did.</source>
        <translation>Hãy viết điều bạn đã làm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of log entry is not available.</source>
        <translation>Loại mục nhật ký này không khả dụng.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No account is open.</source>
        <translation>Chưa mở tài khoản nào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Couldn&apos;t save on this device: %1</source>
        <translation>Không thể lưu trên thiết bị này: %1</translation>
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
