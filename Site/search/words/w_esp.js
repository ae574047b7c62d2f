BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7s",
"espere":"79,c;79",
"esperer":"3h,4k",
"esprit":"3a"
});
