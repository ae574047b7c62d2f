BRIEFINGS_SEARCH_WORDS("but",{
"but":"5f,15,1,1d,4,1,2"
});
