BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"7a,7;7a"
});
