BRIEFINGS_SEARCH_WORDS("aka",{
"akar":"1j,1v,3c,i,9,4,d;1j,57"
});
