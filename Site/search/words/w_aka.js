BRIEFINGS_SEARCH_WORDS("aka",{
"akar":"1j,2h,32,2,g,8,4,d;1j,5j"
});
