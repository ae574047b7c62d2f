BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"83",
"special":"18,1,e,16,4e,o;77",
"speciale":"2t,14,1z,24"
});
