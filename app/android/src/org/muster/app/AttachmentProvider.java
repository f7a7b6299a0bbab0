// Muster's attachments for other apps to view (Android only; see docs/mobile.md).
//
// Since Android 7 another app may not open a file:// URL into Muster's private
// folder, and Qt 6.4's QDesktopServices does not turn one into a content://
// URL. The app therefore hands out content://org.muster.app.attachments/<path
// under the files folder> (AttachmentOpener, attachmentShareUrl), and this
// provider serves those files: read only, only inside an account's attachment
// folder (`<host>-<login>.blobs`), and only to the app the intent grants read
// access to (the provider is not exported; Qt's openURL adds
// FLAG_GRANT_READ_URI_PERMISSION). No androidx dependency.
package org.muster.app;

import android.content.ContentProvider;
import android.content.ContentValues;
import android.database.Cursor;
import android.database.MatrixCursor;
import android.net.Uri;
import android.os.ParcelFileDescriptor;
import android.provider.OpenableColumns;
import android.webkit.MimeTypeMap;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Locale;

public final class AttachmentProvider extends ContentProvider {
    @Override
    public boolean onCreate() {
        return true;
    }

    /** The file a URI names, when it lies inside an attachment folder; null otherwise. */
    private File fileFor(Uri uri) {
        final String path = uri.getPath();
        if (path == null || getContext() == null) return null;
        try {
            final File root = getContext().getFilesDir().getCanonicalFile();
            final File file = new File(root, path).getCanonicalFile();  // resolves "..", links
            File parent = file.getParentFile();
            boolean inBlobs = false;
            while (parent != null && !parent.equals(root)) {
                if (parent.getName().endsWith(".blobs")) inBlobs = true;
                parent = parent.getParentFile();
            }
            if (parent == null || !inBlobs || !file.isFile()) return null;  // outside the files folder, or not an attachment
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException {
        if (!"r".equals(mode)) throw new FileNotFoundException("Muster's attachments are read only");
        final File file = fileFor(uri);
        if (file == null) throw new FileNotFoundException("no such attachment");
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY);
    }

    @Override
    public String getType(Uri uri) {
        final String name = uri.getLastPathSegment();
        final int dot = name == null ? -1 : name.lastIndexOf('.');
        final String type = dot < 0 ? null
                : MimeTypeMap.getSingleton().getMimeTypeFromExtension(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return type != null ? type : "application/octet-stream";
    }

    /** The name and size a viewer shows (OpenableColumns). */
    @Override
    public Cursor query(Uri uri, String[] projection, String selection, String[] selectionArgs, String sortOrder) {
        final File file = fileFor(uri);
        if (file == null) return null;
        final String[] columns = projection != null ? projection
                : new String[] {OpenableColumns.DISPLAY_NAME, OpenableColumns.SIZE};
        final Object[] row = new Object[columns.length];
        for (int i = 0; i < columns.length; ++i) {
            if (OpenableColumns.DISPLAY_NAME.equals(columns[i])) row[i] = file.getName();
            else if (OpenableColumns.SIZE.equals(columns[i])) row[i] = file.length();
        }
        final MatrixCursor cursor = new MatrixCursor(columns, 1);
        cursor.addRow(row);
        return cursor;
    }

    @Override
    public Uri insert(Uri uri, ContentValues values) {
        throw new UnsupportedOperationException("Muster's attachments are read only");
    }

    @Override
    public int delete(Uri uri, String selection, String[] selectionArgs) {
        throw new UnsupportedOperationException("Muster's attachments are read only");
    }

    @Override
    public int update(Uri uri, ContentValues values, String selection, String[] selectionArgs) {
        throw new UnsupportedOperationException("Muster's attachments are read only");
    }
}
