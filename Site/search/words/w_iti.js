BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"70,7;70"
});
