BRIEFINGS_SEARCH_WORDS("joi",{
"joint":"2,o,5i,1n,8;68"
});
