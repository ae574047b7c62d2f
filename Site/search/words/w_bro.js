BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4o,2w;4o",
"broken":"7o;7o",
"brokered":"7o",
"brought":"6m,r,6;6m"
});
