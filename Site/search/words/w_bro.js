BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4t,2z;4t",
"broken":"7w;7w",
"brokered":"7w",
"brought":"6u,r,6;6u"
});
