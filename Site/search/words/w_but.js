BRIEFINGS_SEARCH_WORDS("but",{
"but":"4r,15,1,1g,4,1,2"
});
