package org.lotuspathway.concern;

import java.util.regex.Pattern;

/** The professional register a practitioner is on, and the shape of its numbers. */
public enum Register {
    GMC("General Medical Council", "\\d{7}", "A GMC number has 7 digits, like 1234567"),
    GDC("General Dental Council", "\\d{1,6}", "A GDC number has up to 6 digits, like 123456"),
    GOC("General Optical Council", "(01|D)-\\d{4,6}", "A GOC number looks like 01-12345 or D-12345");

    private final String label;
    private final Pattern numbers;
    private final String numberHint;

    Register(String label, String numbers, String numberHint) {
        this.label = label;
        this.numbers = Pattern.compile(numbers);
        this.numberHint = numberHint;
    }

    public String label() {
        return label;
    }

    public boolean accepts(String number) {
        return numbers.matcher(number.trim()).matches();
    }

    public String numberHint() {
        return numberHint;
    }
}
