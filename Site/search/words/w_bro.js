BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4u,30",
"broken":"7y;7y",
"brokered":"7y",
"brought":"6v,s,6"
});
