BRIEFINGS_SEARCH_WORDS("9",{
"9":"n,n,1z,3x"
});
