BRIEFINGS_SEARCH_WORDS("use",{
"use":"7h,1",
"used":"7i"
});
