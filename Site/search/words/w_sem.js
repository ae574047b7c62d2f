BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"7t,8",
"semaines":"1r,24,25,20,1,3"
});
