BRIEFINGS_SEARCH_WORDS("led",{
"led":"6n,j,4,a,2"
});
