BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4m,2w;4m",
"broken":"7m;7m",
"brokered":"7m",
"brought":"6k,r,6;6k"
});
