BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"7a,8",
"semaines":"1r,1h,1b,v,23,1,3;4j"
});
