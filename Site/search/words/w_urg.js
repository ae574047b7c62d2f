BRIEFINGS_SEARCH_WORDS("urg",{
"urgence":"s,19,10,3g,15,3;6h,18",
"urgent":"6k,15",
"urging":"4s,2z"
});
