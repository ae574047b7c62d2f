BRIEFINGS_SEARCH_WORDS("led",{
"led":"6z,1,j,4,a,2;70"
});
