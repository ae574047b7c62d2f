BRIEFINGS_SEARCH_WORDS("led",{
"led":"6m,j,4,a,2"
});
