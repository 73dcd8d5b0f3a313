"""证明: content, copy mark, QR payload, A4 layout, long bodies and safe output."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm

from app.printing import (
    CertificateDoc,
    PrintingError,
    certificate,
    certificate_bytes,
    render_certificate,
)
from app.printing.layout import A4_SPEC

from ._helpers import (
    FULL_ID,
    STATION,
    assert_inside_frame,
    flowing_text,
    fonts_used,
    make_certificate,
    page_sizes,
    pdf_reader,
    pdf_text,
    squash,
)

NUMBER = "XC0712-ZM-2026-000123"
RUNNING = f"居住证明{NUMBER}"
_cache: dict[tuple, bytes] = {}


def rendered(**changes) -> bytes:
    key = tuple(sorted(changes.items()))
    if key not in _cache:
        _cache[key] = certificate_bytes(make_certificate(**changes))
    return _cache[key]


def test_certificate_shows_everything():
    doc = make_certificate()
    text = pdf_text(rendered())
    expected = [
        STATION.name,
        "居住证明",
        f"编号：{NUMBER}",
        *doc.paragraphs,
        "本证明有效期至2027年02月23日。",
        "经办人：李敏",
        "2026年11月23日",
        "（盖章）",
        "扫码核验证明编号",
        STATION.address,
        STATION.phone,
    ]
    missing = [s for s in expected if squash(s) not in text]
    assert not missing, f"not found in the PDF text: {missing}"
    assert FULL_ID in text  # the certificate prints the number as given
    assert text.count(NUMBER) >= 2  # top right and under the QR code
    # the validity line goes before the customary closing line
    assert text.index("本证明有效期至") < text.index("特此证明。")
    assert "证明对象" not in text  # the template already names the holder


def test_a4_portrait_single_page():
    assert page_sizes(rendered()) == [pytest.approx((210 * mm, 297 * mm), abs=0.5)]


def test_everything_stays_inside_the_frame():
    assert_inside_frame(rendered(), A4_SPEC)


def test_copy_mark_only_on_a_copy():
    original = pdf_text(rendered())
    assert "副本" not in original and "COPY" not in original
    data = rendered(copy=True)
    text = pdf_text(data)
    assert f"编号：{NUMBER}（副本）" in text  # the mark next to the number
    assert "副本COPY" in text  # the diagonal watermark
    # the watermark is drawn first (under the content) and translucent
    page = pdf_reader(data).pages[0]
    first: list[str] = []
    page.extract_text(visitor_text=lambda t, *_: first.append(t) if t.strip() else None)
    assert squash(first[0]) == "副本COPY"
    states = page["/Resources"]["/ExtGState"]
    assert any(float(states[k].get_object().get("/ca", 1)) < 0.5 for k in states)


def test_no_validity_line_without_valid_until():
    text = pdf_text(rendered(valid_until=None))
    assert "有效期" not in text
    assert "特此证明。" in text


def test_holder_printed_when_the_template_does_not_name_them():
    text = pdf_text(rendered(paragraphs=("兹证明该居民系本社区常住居民。", "特此证明。")))
    assert "证明对象：王秀兰" in text
    assert f"证件号码：{FULL_ID}" in text


def test_font_is_an_embedded_truetype_subset():
    for data in (rendered(), rendered(copy=True)):
        used = fonts_used(data)
        assert used
        for font in used:
            assert font["/Subtype"] == "/TrueType", font
            assert re.fullmatch(r"/[A-Z]{6}\+.+", font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert b"Helvetica" not in data


def test_no_personal_data_in_metadata():
    meta = " ".join(str(v) for v in (pdf_reader(rendered()).metadata or {}).values())
    assert NUMBER in meta and "居住证明" in meta
    assert FULL_ID not in meta and "王秀兰" not in meta


def test_long_body_flows_onto_more_pages_and_the_seal_keeps_text_with_it():
    paragraphs = tuple(
        f"第{i}段：兹证明该居民自2015年起在本社区连续居住，其家庭成员、住房情况及收入来源经社区入户核实属实，"
        "邻里均可证明，居委会对上述情况无异议。" * 3
        for i in range(1, 13)
    )
    for valid_until in (None, make_certificate().valid_until):
        data = certificate_bytes(make_certificate(paragraphs=paragraphs, valid_until=valid_until))
        pages = pdf_reader(data).pages
        assert len(pages) > 1
        text = flowing_text(data, RUNNING)
        for p in paragraphs:
            assert squash(p) in text
        assert f"第1页/共{len(pages)}页" in pdf_text(data)
        assert_inside_frame(data, A4_SPEC)
        # the sign-off is on the last page, and never without body text above it
        last = squash(pages[-1].extract_text())
        assert "（盖章）" in last and "扫码核验证明编号" in last
        assert "兹证明" in last or "无异议" in last or "有效期至" in last
        assert all("（盖章）" not in squash(p.extract_text()) for p in pages[:-1])


def test_qr_code_encodes_exactly_the_payload(monkeypatch):
    payload = make_certificate().qr_payload
    codes = []
    real = certificate.QrCode

    def spy(value, side):
        code = real(value, side)
        codes.append(code)
        return code

    monkeypatch.setattr(certificate, "QrCode", spy)
    certificate_bytes(make_certificate())
    assert [c.value for c in codes] == [payload]
    assert codes[0].width == codes[0].height == pytest.approx(A4_SPEC.qr)
    # The same modules as reportlab's own widget would draw for the payload.
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    assert codes[0].modules() == [[bool(m) for m in row] for row in widget.qr.modules]


def _qr_decoder():
    try:
        import zxingcpp  # type: ignore[import-not-found]

        return lambda img: [r.text for r in zxingcpp.read_barcodes(img)]
    except ImportError:
        pass
    try:
        from pyzbar.pyzbar import decode  # type: ignore[import-not-found]

        return lambda img: [r.data.decode("utf-8") for r in decode(img)]
    except ImportError:
        return None


def test_qr_code_decodes_to_the_payload(tmp_path):
    decode = _qr_decoder()
    if decode is None or shutil.which("pdftoppm") is None:
        pytest.skip("no QR decoder (zxingcpp / pyzbar) or pdftoppm installed")
    from PIL import Image

    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(rendered())
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), str(tmp_path / "c")],
                   check=True)
    assert decode(Image.open(tmp_path / "c.png")) == [make_certificate().qr_payload]


def test_render_to_stream_and_path(tmp_path):
    buf = io.BytesIO()
    render_certificate(make_certificate(), buf)
    assert buf.getvalue().startswith(b"%PDF")
    target = tmp_path / "证明.pdf"
    render_certificate(make_certificate(copy=True), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["证明.pdf"]


def test_unwritable_path_raises_printing_error_and_leaves_nothing(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for bad in (tmp_path / "missing" / "c.pdf", blocker / "c.pdf"):
        with pytest.raises(PrintingError) as err:
            render_certificate(make_certificate(), bad)
        assert "无法写入" in str(err.value) and "Cannot write" in str(err.value)
        assert not bad.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_wrong_doc_type_and_frozen():
    with pytest.raises(TypeError):
        certificate_bytes(object())  # type: ignore[arg-type]
    doc = make_certificate()
    with pytest.raises(Exception):
        doc.copy = True  # type: ignore[misc]
    assert isinstance(doc, CertificateDoc) and doc.copy is False
