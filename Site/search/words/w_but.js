BRIEFINGS_SEARCH_WORDS("but",{
"but":"4u,15,1,1d,4,1,2"
});
