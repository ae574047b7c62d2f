BRIEFINGS_SEARCH_WORDS("aka",{
"akar":"1j,1v,33,i,8,4,d;1j,4y"
});
