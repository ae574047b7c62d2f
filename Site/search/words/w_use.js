BRIEFINGS_SEARCH_WORDS("use",{
"use":"77,1;77",
"used":"78"
});
