BRIEFINGS_SEARCH_WORDS("led",{
"led":"6p,j,4,a,2"
});
