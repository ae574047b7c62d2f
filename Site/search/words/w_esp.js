BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7r",
"espere":"77,d;77",
"esperer":"3h,4j",
"esprit":"3a"
});
