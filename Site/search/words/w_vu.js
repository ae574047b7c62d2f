BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"5a,2i;5a"
});
