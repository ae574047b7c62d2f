BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"7h",
"special":"18,1,e,15,3u,n;6m",
"speciale":"2s,i,20,24;5a"
});
