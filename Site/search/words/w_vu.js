BRIEFINGS_SEARCH_WORDS("vu",{
"vu":"5a,2h;5a"
});
