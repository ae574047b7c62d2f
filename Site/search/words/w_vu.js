BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"5a,2j;5a"
});
