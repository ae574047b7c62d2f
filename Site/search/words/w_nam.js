BRIEFINGS_SEARCH_WORDS("nam",{
"name":"7x",
"named":"69,17,1,4,8;7g"
});
