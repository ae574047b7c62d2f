BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"4u,31;4u",
"broken":"7z;7z",
"brokered":"7z",
"brought":"6w,s,6;6w"
});
