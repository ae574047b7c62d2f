BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"77,8",
"semaines":"1r,1i,25,20,1,3"
});
