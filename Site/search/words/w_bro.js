BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4p,2t;4p",
"broken":"7m;7m",
"brokered":"7m",
"brought":"6l,q,6;6l"
});
