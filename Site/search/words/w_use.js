BRIEFINGS_SEARCH_WORDS("use",{
"use":"75,1;75",
"used":"76"
});
