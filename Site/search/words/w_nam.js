BRIEFINGS_SEARCH_WORDS("nam",{
"name":"7l",
"named":"74,1,4,8;74"
});
