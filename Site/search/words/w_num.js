BRIEFINGS_SEARCH_WORDS("num",{
"numan":"1,2t,d,11,2,2,4,a,36,1;48,3p",
"number":"5t,1y;5t",
"numero":"31",
"numerous":"7z"
});
