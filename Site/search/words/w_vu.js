BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"52,2e;52"
});
