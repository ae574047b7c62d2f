BRIEFINGS_SEARCH_WORDS("iti",{
"itineraire":"6z,7;6z"
});
