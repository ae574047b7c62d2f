BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7q",
"espere":"77,c;77",
"esperer":"3h,4i",
"esprit":"3a"
});
