BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4u,2z;4u",
"broken":"7x;7x",
"brokered":"7x",
"brought":"6v,r,6;6v"
});
