BRIEFINGS_SEARCH_WORDS("but",{
"but":"4t,15,1,1d,4,1,2"
});
