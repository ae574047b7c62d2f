BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"78,8",
"semaines":"1r,1i,1b,v,20,1,3;4k"
});
