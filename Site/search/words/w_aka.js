BRIEFINGS_SEARCH_WORDS("aka",{
"akar":"1j,1v,3e,j,9,4,d;1j,59"
});
