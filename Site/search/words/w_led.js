BRIEFINGS_SEARCH_WORDS("led",{
"led":"6x,1,i,4,a,2;6y"
});
