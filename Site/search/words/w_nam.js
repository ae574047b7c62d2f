BRIEFINGS_SEARCH_WORDS("nam",{
"name":"87",
"named":"7q,1,4,8;7q"
});
