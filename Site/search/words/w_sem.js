BRIEFINGS_SEARCH_WORDS("sem",{
"semaine":"4s,2q,8",
"semaines":"1r,1h,1f,w,26,1,3;4n"
});
