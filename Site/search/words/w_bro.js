BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4o,2t;4o",
"broken":"7l;7l",
"brokered":"7l",
"brought":"6j,r,6;6j"
});
