BRIEFINGS_SEARCH_WORDS("nam",{
"name":"7m",
"named":"75,1,4,8;75"
});
