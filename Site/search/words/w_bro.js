BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4u,30;4u",
"broken":"7y;7y",
"brokered":"7y",
"brought":"6v,s,6;6v"
});
